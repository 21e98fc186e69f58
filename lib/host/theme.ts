/** Whether the host shows a dark or a light page around the composer (from its painted colours). */
export function hostTheme(from: Element | null, doc: Document = document): 'dark' | 'light' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (let el: Element | null = from ?? doc.body; el; el = el.parentElement) {
    const rgb = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.4 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  return scheme === 'dark' ? 'dark' : 'light';
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = value.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?\)/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
}

function luminance([r, g, b]: [number, number, number, number]): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
