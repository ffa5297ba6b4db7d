// "Ignore in this story": words the person told the checker to leave alone in one story, for as long as
// the window is open (a story file has no place for them, and a word worth keeping belongs in the
// dictionary).

const ignoredByStory = new Map<string, Set<string>>();

export function ignoredWordsOf(storyId: string): Set<string> {
  let words = ignoredByStory.get(storyId);
  if (!words) {
    words = new Set();
    ignoredByStory.set(storyId, words);
  }
  return words;
}
