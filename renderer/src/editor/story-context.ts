// The story the editor is showing, for components deep in the document that need it (the media code
// builds a picture's address from the story's id).

import { createContext, useContext } from 'react';

export const EditedStoryContext = createContext<{ id: string } | null>(null);

export function useEditedStoryId(): string | null {
  return useContext(EditedStoryContext)?.id ?? null;
}
