/**
 * The smallest Ink app, the start-up baseline: what any Ink program pays
 * (node, React, Ink, raw mode) before it shows its first frame.
 */
import React from 'react';
import { render, Text, useInput, useApp } from 'ink';

function Hello() {
  const { exit } = useApp();
  // Listening for keys puts stdin in raw mode, as the reader does.
  useInput((input) => {
    if (input === 'q') exit();
  });
  return <Text>hello from ink</Text>;
}

render(<Hello />);
