// Receiving an edXML package into the system of record: the attachment is stored as an incoming
// letter, its record (extraction with the header over it) written through the document service
// and indexed. Extraction runs here, not on the queue, because the header must be laid over that
// extraction's result; a later reprocess re-extracts the attachment alone (the header values are
// then back to what the attachment reads, and record.edxml is dropped).
import type { DocumentService } from '../../app/documents.ts';
import type { IndexingService } from '../../app/indexing.ts';
import { processDocument, type PipelineContext } from '../../pipeline/run.ts';
import type { DocumentRecord } from '../../schemas/record.ts';
import type { BlobStore } from '../../store/blob-store.ts';
import type { RecordStore } from '../../store/record-store.ts';
import type { Organs } from './organs.ts';
import { importPackage } from './service.ts';

export interface ReceiverDeps {
  blobs: BlobStore;
  records: RecordStore;
  documents: Pick<DocumentService, 'saveExtraction'>;
  indexing: Pick<IndexingService, 'indexDocument'>;
  pipeline: PipelineContext;
  /** This office and the directory (default: from configuration, by the caller). */
  organs: Organs;
}

export interface EdxmlReceiver {
  receive(input: Uint8Array | string): Promise<DocumentRecord>;
  /** The organs exports and status messages use. */
  organs: Organs;
}

export function createEdxmlReceiver(deps: ReceiverDeps): EdxmlReceiver {
  return {
    organs: deps.organs,
    receive: (input) =>
      importPackage(input, deps.pipeline.maxFileBytes, {
        extract: (file) => processDocument(file, deps.pipeline),
        save: async (file, record) => {
          const id = await deps.blobs.put(file.bytes);
          await deps.records.addDocument({ id, name: file.name, bytes: file.bytes.byteLength, receivedAt: new Date().toISOString() });
          await deps.documents.saveExtraction(id, record);
          await deps.indexing.indexDocument(id);
        },
      }),
  };
}
