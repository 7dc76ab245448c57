/** An entity an import row may mean: its name, credit code and address, which is what tells same-named ones apart. */
export const candidateText = (c: { creditCode: string; name: string; address?: string }): string =>
    `${c.name}（${c.creditCode}）${c.address ? ` · ${c.address}` : ''}`;
