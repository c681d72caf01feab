/**
 * Ctrl-Z for the full-screen app. In raw mode the terminal delivers Ctrl-Z
 * as a key rather than SIGTSTP, and a SIGTSTP from outside (`kill -TSTP`)
 * would by default stop the process with the terminal still raw, on the
 * alternate screen, cursor hidden: the shell the user returns to is unusable.
 * So on SIGTSTP the terminal is handed back first and the process then stops
 * itself with SIGSTOP; on SIGCONT (`fg`) it takes the terminal again and
 * redraws.
 */

/** What suspending needs from the app. */
export interface SuspendHooks {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Save the position and restore the terminal (main screen, cursor shown). */
  leave(): void;
  /** Take the terminal again (alternate screen, cursor hidden). */
  enter(): void;
}

/** Installs the SIGTSTP/SIGCONT handlers; returns a function that removes them. */
export function handleSuspend({ stdin, stdout, leave, enter }: SuspendHooks): () => void {
  let suspended = false;
  let wasRaw = false;
  const onStop = () => {
    if (suspended) return;
    suspended = true;
    leave();
    wasRaw = Boolean(stdin.isTTY && stdin.isRaw);
    // The shell needs its line discipline back: echo and line editing.
    if (wasRaw) stdin.setRawMode(false);
    process.kill(process.pid, 'SIGSTOP');
  };
  const onContinue = () => {
    if (suspended) {
      suspended = false;
      if (wasRaw) stdin.setRawMode(true);
      enter();
    }
    // The screen was the shell's meanwhile (and may have been resized): Ink redraws the whole frame on 'resize'.
    stdout.emit('resize');
  };
  process.on('SIGTSTP', onStop);
  process.on('SIGCONT', onContinue);
  return () => {
    process.off('SIGTSTP', onStop);
    process.off('SIGCONT', onContinue);
  };
}

/** Suspends as a shell's Ctrl-Z would (the key, typed in raw mode). */
export function suspendSelf(): void {
  process.kill(process.pid, 'SIGTSTP');
}
