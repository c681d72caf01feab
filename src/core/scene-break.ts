/**
 * Scene breaks in fiction: the `***` or `~*~*~` lines authors put between
 * scenes. Layout centers them; they never join the prose around them.
 */

/**
 * True for a scene-break line: a short line of symbols only (`***`, `* * *`,
 * `~*~*~`, `-----`, `#`), or an x/o pattern (`xXx`, `o-o-o-o`, `XXXX666XXXX`).
 * Quoted or purely punctuation lines (`"..."`, `?!`) are dialogue, not breaks.
 */
export function isSceneBreak(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (!/[\p{L}\p{N}]/u.test(t)) {
    if (/["'“”‘’«»「」『』]/.test(t)) return false;
    return !/^[.?!…,;:\s]+$/.test(t);
  }
  if (t.length > 40) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || /[^xo]/i.test(letters)) return false;
  const rest = t.replace(/[\p{L}\p{N}]/gu, '');
  if (/[^-~*=_+·•#/\\|<> ]/.test(rest)) return false; // "Ooo!" or "xo." is speech
  if (/\p{N}/u.test(t) && letters.length < 4) return false;
  return /x/i.test(letters) || rest.length > 0; // "ooo" alone is a word, "o-o-o" a break
}
