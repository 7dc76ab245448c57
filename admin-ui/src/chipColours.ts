/** A filled chip's background and text. */
export interface ChipColours {
    bgcolor: string;
    color: string;
}

// Filled chips whose text keeps at least 4.5:1 contrast (WCAG 2.1 AA, GB/T 37668): white on the darker
// green, orange, red and blue, near-black on amber, since white on amber (or MUI's warning orange) reads at
// about 2:1 to 3:1.
export const AA_CHIPS = {
    green: { bgcolor: '#1b5e20', color: '#ffffff' },
    amber: { bgcolor: '#ffc107', color: '#1f1f1f' },
    orange: { bgcolor: '#b45309', color: '#ffffff' },
    red: { bgcolor: '#c62828', color: '#ffffff' },
    blue: { bgcolor: '#1565c0', color: '#ffffff' },
} as const satisfies Record<string, ChipColours>;
