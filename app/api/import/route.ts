import { currentWorkspaceAccess } from "@/app/_lib/authorized-action";
import { MAX_IMPORT_REQUEST_BYTES, importRequestSchema } from "@/lib/contracts/documents";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { AppError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http/error-response";
import { readLimitedBody } from "@/lib/server/http/read-limited-body";
import { requireSameOriginWrite } from "@/lib/server/http/same-origin";

/** Imports uploaded files into the current workspace one by one; each is all-or-nothing and reported on its own. */
export async function POST(request: Request) {
  try {
    const { user, actor, access } = await currentWorkspaceAccess("document.create");
    // Cookie-authenticated write: a form posted from another site (or port) must not import.
    requireSameOriginWrite(request, "Uploads must come from this site's own import page.");
    const bytes = await readLimitedBody(request, MAX_IMPORT_REQUEST_BYTES, "This upload is over 64 MB; import fewer files at once.");
    const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } })
      .formData()
      .catch(() => {
        throw new AppError("invalid_input", "Send the files as multipart/form-data in a field named “files”.");
      });
    const { files, folder, folders } = importRequestSchema.parse({ files: form.getAll("files"), folder: form.get("folder") ?? "", folders: form.getAll("folders") });
    const outcomes = [];
    for (const [index, file] of files.entries()) {
      const fileBytes = new Uint8Array(await file.arrayBuffer());
      // The library's folder, then the subfolder the browser says the file was picked from;
      // the import checks the path (a bad one rejects that file only, with the reason).
      const inFolder = [folder, folders[index] ?? ""].filter(Boolean).join("/");
      outcomes.push(
        await importDocumentFile({ workspaceId: access.workspaceId, fileName: file.name, bytes: fileBytes, authorName: user.name, actor, folder: inFolder }),
      );
    }
    return Response.json({ outcomes });
  } catch (error) {
    return errorResponse(error);
  }
}
