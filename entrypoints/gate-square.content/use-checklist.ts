import { useLayoutEffect, useState } from 'react';
import { createLive, type Live } from '../../components/hooks';
import type { Contest } from '../../lib/contests';
import type { HostState } from '../../lib/host/observer';
import { checklistBuilder, type Checklist, type ImageOcrState } from '../../lib/rules';

interface Inputs {
  contest: Contest;
  images: ImageOcrState[];
  now: number;
}

/**
 * The draft's checklist, live: built again when the composer's reading changes (a keystroke) or
 * the contest, the pictures' states or the clock do, and only when something reads it. Built by a
 * `checklistBuilder`: a keystroke works out the text's items alone, and items a change leaves equal
 * stay the same objects, so a keystroke that changes the count redraws the count's row and nothing
 * else.
 */
export function useLiveChecklist(live: Live<HostState>, contest: Contest, images: ImageOcrState[], now: number): Live<Checklist> {
  const [store] = useState(() => {
    let inputs: Inputs = { contest, images, now };
    let built: { reading: HostState['reading']; inputs: Inputs; checklist: Checklist } | null = null;
    const build = checklistBuilder();
    // Its listeners are told of each change by a counter's: one mechanism for every live value.
    const changes = createLive(0);
    return {
      get(): Checklist {
        const reading = live.get().reading;
        if (built && built.reading === reading && built.inputs === inputs) return built.checklist;
        const checklist = build({ text: reading?.text ?? '', tags: reading?.chipTags ?? [], images: inputs.images }, inputs.contest, inputs.now);
        built = { reading, inputs, checklist };
        return built.checklist;
      },
      subscribe: changes.subscribe,
      /** Called while drawing: what is drawn now reads the new inputs; listeners hear of it once drawn. */
      setInputs(next: Inputs): void {
        if (next.contest !== inputs.contest || next.images !== inputs.images || next.now !== inputs.now) inputs = next;
      },
      notify: () => changes.set(changes.get() + 1),
    };
  });
  store.setInputs({ contest, images, now });
  useLayoutEffect(() => live.subscribe(store.notify), [live, store]);
  // Readers the panel's drawing skipped (memoised) hear of new inputs once the drawing is done.
  useLayoutEffect(() => store.notify(), [store, contest, images, now]);
  return store;
}
