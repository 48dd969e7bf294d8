import { z } from 'zod';

// The files of data/ derived from the field's own files (the COW state list, the alliance crosswalk) say what they
// hold, how they were derived and from which files, so that anyone can derive them again.

/** What a derived file says of itself. */
export const derivedFileHeader = {
  about: z.string().min(1),
  derivation: z.string().min(1),
};

/** A file it was derived from: its name, the public repository, the path there and the commit read. */
export const sourceFileShape = {
  file: z.string().min(1),
  repository: z.string().min(1),
  path: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
};
