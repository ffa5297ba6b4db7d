export * from './schema.ts';
export * from './ids.ts';
export * from './slug.ts';
export * from './migrate.ts';
export * from './parse.ts';
export * from './create.ts';
export * from './plain-text.ts';
export * from './summary.ts';
