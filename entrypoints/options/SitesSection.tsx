import { useState } from 'react';
import { t } from '../../lib/i18n';
import { GATE_HOSTS } from '../../lib/host/url';
import { disableMirror, enableMirror } from '../../lib/settings/mirrors';
import type { Settings } from '../../lib/settings/schema';
import type { OptionsWrites, UpdateSettings } from './shared';

export interface SitesSectionProps {
  settings: Settings;
  /** The settings as a mirror's write stored them. */
  setSettings: (settings: Settings) => void;
  update: UpdateSettings;
  writes: OptionsWrites;
}

/** The sites the panel shows on: Gate's own and the mirrors the writer added, each one to hide; a mirror to add. */
export function SitesSection({ settings, setSettings, update, writes }: SitesSectionProps) {
  const { lang, say, setWriteProblem } = writes;
  const [mirror, setMirror] = useState('');
  const [mirrorProblem, setMirrorProblem] = useState('');

  // The shared path (lib/settings/mirrors.ts): ask for the host at the moment it is added (a user
  // gesture), list it, and give the grant back if the list cannot be saved.
  const addMirror = async () => {
    const result = await enableMirror(browser.permissions, mirror, { browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome' });
    if (result.ok) {
      setMirrorProblem('');
      setWriteProblem('');
      setSettings(result.settings);
      return setMirror('');
    }
    switch (result.problem) {
      case 'bad':
        return setMirrorProblem(t(lang, 'options.mirrorBad'));
      // Gate's own hosts have the panel already: a second registration would mean two panels.
      case 'builtin':
        return setMirrorProblem(t(lang, 'options.mirrorBuiltin', { host: result.host }));
      case 'denied':
        return setMirrorProblem(t(lang, 'options.mirrorDenied', { host: result.host }));
      case 'write':
        setMirrorProblem('');
        return setWriteProblem(say(result.write));
    }
  };

  const removeMirror = async (host: string) => {
    const result = await disableMirror(browser.permissions, host);
    if (!result.ok) return setWriteProblem(say(result.problem));
    setWriteProblem('');
    setSettings(result.settings);
  };

  const sites = [...GATE_HOSTS, ...settings.extraHosts];
  return (
    <>
      <h2>{t(lang, 'options.sites')}</h2>
      {sites.map((host) => (
        <div className="row" key={host}>
          <label>
            <input
              type="checkbox"
              data-testid={`site-${host}`}
              checked={!settings.disabledHosts.includes(host)}
              onChange={(e) => {
                const show = e.target.checked;
                // The list as stored when the write happens: a site hidden meanwhile (the panel) stays hidden.
                void update((stored) => {
                  const others = stored.disabledHosts.filter((h) => h !== host);
                  return { disabledHosts: show ? others : [...others, host] };
                });
              }}
            />{' '}
            {t(lang, 'options.showOn', { host })}
          </label>
          {settings.extraHosts.includes(host) ? (
            <button type="button" className="gsc-link-button" data-testid={`mirror-remove-${host}`} onClick={() => void removeMirror(host)}>
              {t(lang, 'options.remove')}
            </button>
          ) : null}
        </div>
      ))}
      <div className="row">
        <input
          type="text"
          data-testid="mirror-host"
          placeholder="www.gate.example"
          value={mirror}
          onChange={(e) => setMirror(e.target.value)}
          aria-label={t(lang, 'options.mirror')}
        />
        <button type="button" className="gsc-button" data-testid="mirror-add" onClick={() => void addMirror()}>
          {t(lang, 'options.mirrorAdd')}
        </button>
      </div>
      {mirrorProblem ? (
        <p className="error" role="alert" data-testid="mirror-problem">
          {mirrorProblem}
        </p>
      ) : null}
    </>
  );
}
