/**
 * Preloaded with `node --require` (main thread and, through inherited execArgv, tesseract.js's
 * worker threads): any attempt to reach the network fails loudly and is reported on stderr as
 * "NETWORK ATTEMPT". Local IPC (unix sockets, which tsx uses) stays allowed.
 * tests/ocr/engine-node.test.ts runs the real OCR under it.
 */
'use strict';
const net = require('node:net');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
const { isMainThread } = require('node:worker_threads');

function describe(args) {
  return args
    .map((a) => (a && a.href ? a.href : typeof a === 'object' ? JSON.stringify(a) : typeof a === 'function' ? 'fn' : String(a)))
    .join(' ')
    .slice(0, 200);
}

function refuse(what) {
  return function blocked(...args) {
    process.stderr.write(`NETWORK ATTEMPT (${isMainThread ? 'main' : 'worker'}): ${what} ${describe(args)}\n`);
    throw new Error(`network access blocked in tests: ${what}`);
  };
}

/** A unix socket or named pipe: a path string, or options with `path`. */
function isLocalIpc(args) {
  const a = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof a === 'string') return Number.isNaN(Number(a));
  return Boolean(a && typeof a === 'object' && typeof a.path === 'string');
}

function guard(what, original) {
  return function guarded(...args) {
    if (isLocalIpc(args)) return original.apply(this, args);
    return refuse(what).apply(this, args);
  };
}

globalThis.fetch = refuse('fetch');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
net.connect = guard('net.connect', net.connect);
net.createConnection = guard('net.createConnection', net.createConnection);
net.Socket.prototype.connect = guard('net.Socket.connect', net.Socket.prototype.connect);
dns.lookup = refuse('dns.lookup');
