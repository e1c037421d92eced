import { z } from 'zod';
import { uploadRequest } from '../documents/model.js';

// Apart from model.ts, which the portal's bundles import: this one pulls in the documents context's schema.

/** `POST /api/letters/attachments`: an anonymous writer registers a file for the letter they are writing. */
export const anonymousUploadInput = uploadRequest
  .extend({
    /** The submissionToken the letter will be sent with: only it can send this file. */
    submissionToken: z
      .string({ message: 'submissionToken: the UUID the letter will be sent with' })
      .uuid('submissionToken: the UUID the letter will be sent with'),
  })
  .strict();
