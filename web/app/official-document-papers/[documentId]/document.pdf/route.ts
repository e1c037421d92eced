import type { NextRequest } from 'next/server';
import { officialDocumentPdfResponse } from '@/lib/official-document-pdf-response';
import { officialDocumentsApi } from '@/lib/official-documents-api';

export const dynamic = 'force-dynamic';

/**
 * A signed official document's final PDF (GB/T 9704, seal, digital signature) for staff of the drafting or a
 * recipient department: GET /api/official-documents/{id}/pdf streamed (web/lib/official-document-pdf-response.ts).
 * The path ends in `.pdf`, which keeps it clear of the locale routing.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ documentId: string }> },
): Promise<Response> {
  const { documentId } = await params;
  return officialDocumentPdfResponse(
    documentId,
    officialDocumentsApi.pdf,
    'The document has no PDF until it is signed.',
  );
}
