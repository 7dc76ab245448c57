import type { SyntheticEvent } from 'react';

/**
 * Task buttons also sit inside clickable list rows, and React delivers events from a dialog's
 * portal to the row too: without this, pressing a button or typing in a dialog opens the task.
 */
export const stopPropagation = (event: SyntheticEvent) => event.stopPropagation();
