import { useEffect, useRef, useState, type JSX } from 'react';
import { numberShown } from '../../lib/contests/review-form';

/**
 * A number the writer types: the text is kept as typed ("1." on the way to "1.5", an empty box on
 * the way to another number) and the parsed value reported; a change from outside (a row removed
 * above) shows the new value.
 */
export function NumberText({
  value,
  parse,
  onValue,
  label,
  ...rest
}: { value: number; parse: (text: string) => number | undefined; onValue: (n: number | undefined) => void; label: string } & Omit<
  JSX.IntrinsicElements['input'],
  'value' | 'onChange'
>) {
  const [text, setText] = useState(() => numberShown(value));
  // Only an outside change of the value re-syncs the text (while the writer types "0", "", "1e"…
  // the text is theirs): the value last synced is remembered, and a new one adjusts the text.
  const synced = useRef(value);
  useEffect(() => {
    if (synced.current === value) return;
    synced.current = value;
    if ((parse(text) ?? 0) !== value) setText(numberShown(value));
  }, [value, parse, text]);
  return (
    <input
      {...rest}
      aria-label={label}
      title={label}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValue(parse(e.target.value));
      }}
    />
  );
}
