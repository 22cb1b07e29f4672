import { MAX_IMPORT_REQUEST_BYTES, importRequestSchema } from "@/lib/contracts/documents";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { AppError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http/error-response";

/** Imports uploaded files one by one; each is all-or-nothing and reported on its own. */
export async function POST(request: Request) {
  try {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_REQUEST_BYTES) {
      throw new AppError("payload_too_large", "This upload is over 64 MB; import fewer files at once.");
    }
    const form = await request.formData().catch(() => {
      throw new AppError("invalid_input", "Send the files as multipart/form-data in a field named “files”.");
    });
    const { files, authorName } = importRequestSchema.parse({
      files: form.getAll("files"),
      authorName: form.get("authorName") ?? "Anonymous",
    });
    const outcomes = [];
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      outcomes.push(await importDocumentFile({ fileName: file.name, bytes, authorName }));
    }
    return Response.json({ outcomes });
  } catch (error) {
    return errorResponse(error);
  }
}
