// Spelling: which words of a text to check, and the names a story teaches the checker.

export * from './words.ts';
export * from './names-in-story.ts';
export * from './personal-dictionary.ts';
