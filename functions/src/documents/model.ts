import { z } from 'zod';

export const acceptedContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const uploadRequest = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200, 'at most 200 characters')
    .refine(
      (n) => ![...n].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20),
      'no slashes or control characters',
    ),
  contentType: z.enum(acceptedContentTypes, { message: `one of ${acceptedContentTypes.join(', ')}` }),
  size: z.number().int().positive('larger than 0 bytes'),
});

export type UploadRequest = z.infer<typeof uploadRequest>;

export type DocumentStatus = 'pending' | 'uploaded';

export interface DocumentRecord {
  documentId: string;
  owner: string;
  fileName: string;
  contentType: string;
  declaredSize: number;
  objectKey: string;
  status: DocumentStatus;
  createdAt: string;
  uploadedSize?: number;
  /** Set when the document is submitted with a case: the case's department may then read it. */
  caseId?: string;
  department?: string;
}
