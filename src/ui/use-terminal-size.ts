/** The terminal's size, updated on resize. */
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** Columns and rows of the output terminal (80×24 when unknown, e.g. in tests). */
export function useTerminalSize(): { width: number; height: number } {
  const { stdout } = useStdout();
  const read = () => ({ width: stdout.columns || 80, height: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
