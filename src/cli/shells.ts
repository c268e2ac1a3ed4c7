// The shells `spasm-info completion` writes scripts for (apart, so the CLI need not load the generators).
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];
