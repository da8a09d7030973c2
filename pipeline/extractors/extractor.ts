// The one small interface every format's text extractor implements.
import type { OcrSettings } from '../ocr/engine.ts';
import type { ExtractedText, SourceFile } from '../types.ts';

export interface ExtractContext {
  ocr: OcrSettings & { dpi: number };
}

export interface TextExtractor {
  readonly name: 'pdf' | 'docx' | 'doc' | 'ocr';
  accepts(mimeType: string): boolean;
  extract(file: SourceFile, ctx: ExtractContext): Promise<ExtractedText>;
}
