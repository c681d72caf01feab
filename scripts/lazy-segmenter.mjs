// Injected into the bundles in place of Intl.Segmenter (see esbuild-options.mjs). The first
// Intl.Segmenter a process makes costs ~12 ms (ICU loads its break rules), and string-width,
// wrap-ansi, slice-ansi and fic-read's own modules each make one when loaded: at every start,
// before anything is drawn. This one makes the real segmenter on first use, which a library
// of plain titles never reaches before its first frame.
const Real = globalThis.Intl.Segmenter;

export class LazySegmenter {
  #args;
  #real;
  constructor(locales, options) {
    this.#args = [locales, options];
  }
  #get() {
    return (this.#real ??= new Real(...this.#args));
  }
  segment(text) {
    return this.#get().segment(text);
  }
  resolvedOptions() {
    return this.#get().resolvedOptions();
  }
  static supportedLocalesOf(locales, options) {
    return Real.supportedLocalesOf(locales, options);
  }
}
