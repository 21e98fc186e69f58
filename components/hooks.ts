import { useEffect, useState } from 'react';

/**
 * The single ticking clock of a container: `now` in ms, refreshed on each whole second so a
 * countdown never skips or repeats a digit.
 */
export function useNow(enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [enabled]);
  return now;
}
