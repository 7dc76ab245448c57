/**
 * 金山区's towns and streets with their NBS statistical codes (RULES.md "Codes"), the regions an entity
 * pool and an inspector's grid are filtered by. The API serves departments but no regions, so they are
 * listed here; the names are proper nouns and stay Chinese in every locale.
 */
export const TOWNS = [
    { code: '310116001', name: '石化街道' },
    { code: '310116101', name: '朱泾镇' },
    { code: '310116102', name: '枫泾镇' },
    { code: '310116103', name: '张堰镇' },
    { code: '310116104', name: '亭林镇' },
    { code: '310116105', name: '吕巷镇' },
    { code: '310116107', name: '廊下镇' },
    { code: '310116109', name: '金山卫镇' },
    { code: '310116112', name: '漕泾镇' },
    { code: '310116113', name: '山阳镇' },
    { code: '310116503', name: '上海湾区高新技术产业开发区' },
] as const satisfies readonly { code: string; name: string }[];

export type TownCode = (typeof TOWNS)[number]['code'];

const townNames = new Map<string, string>(TOWNS.map(town => [town.code, town.name]));

/** The town's name, or the code itself for a code not in the list. */
export const townName = (code: string): string => townNames.get(code) ?? code;
