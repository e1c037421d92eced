import type { NextRequest } from 'next/server';
import { officialDocumentPdfResponse } from '@/lib/official-document-pdf-response';
import { officialDocumentsApi } from '@/lib/official-documents-api';

export const dynamic = 'force-dynamic';

/**
 * A signed official document's PDF as archived at signing (Object Lock), for the drafting department's staff and
 * the supervision office: GET /api/official-documents-archive/{id}/pdf streamed
 * (web/lib/official-document-pdf-response.ts); 409 when the archived copy no longer matches its SHA-256.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ documentId: string }> },
): Promise<Response> {
  const { documentId } = await params;
  return officialDocumentPdfResponse(
    documentId,
    officialDocumentsApi.archivedPdf,
    'The archived copy of this document is missing or damaged; run the integrity check.',
  );
}
