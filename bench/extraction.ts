// The extraction section: raw extractors vs vanthu's full extraction per format, and OCR
// throughput of tesseract.js, the native CLI, and vanthu's full image path with each engine.
import { config } from '../config.ts';
import { tessdataDir } from '../pipeline/ocr/native-engine.ts';
import { prepareForOcr } from '../pipeline/ocr/preprocess.ts';
import { loadInputs } from './inputs.ts';
import { nativeAvailable, ocrEngine, tesseractNative, type OcrThroughput } from './raw.ts';
import { summarise, timeTextDocs, type DocTiming, type FormatSummary } from './text.ts';
import { vanthuImages, vanthuPages } from './vanthu.ts';

export interface ExtractionResult {
  repetitions: number;
  notes: string[];
  text: FormatSummary[];
  documents: DocTiming[];
  ocr: {
    tesseractJs?: OcrThroughput;
    nativeEngine?: OcrThroughput;
    /** The CLI as issue #5 runs it, with Debian's vie model (tessdata_fast, 0.5 MB). */
    native?: OcrThroughput;
    /** The same CLI reading vanthu's bundled vie model (best_int, 1.7 MB), which both engines use. */
    nativeSameModel?: OcrThroughput;
    vanthuImages?: OcrThroughput;
    vanthuImagesNative?: OcrThroughput;
    ratioJsOverNative?: number;
  };
}

export async function runExtraction(quick: boolean): Promise<ExtractionResult> {
  const reps = quick ? 1 : 5;
  const { inputs, notes } = await loadInputs(quick);
  // Warm-up: one full extraction of every document, which also gives the page counts.
  const pages = new Map<string, number>();
  for (const input of inputs) pages.set(input.name, await vanthuPages(input));
  const text = inputs.filter((i) => i.format !== 'image');
  const images = inputs.filter((i) => i.format === 'image');
  console.log(`extraction inputs: ${text.filter((i) => i.format === 'pdf').length} PDF, ${text.filter((i) => i.format === 'docx').length} DOCX, ${images.length} images`);

  const documents = await timeTextDocs(text, pages, reps);

  const pngs = await Promise.all(images.map(async (i) => (await prepareForOcr(i.bytes)).png));
  const ocr: ExtractionResult['ocr'] = {};
  ocr.tesseractJs = await ocrEngine(pngs, { ...config().ocr, engine: 'tesseract.js' });
  ocr.vanthuImages = await vanthuImages(images, pages, 'tesseract.js');
  if (await nativeAvailable()) {
    ocr.native = await tesseractNative(pngs);
    ocr.nativeSameModel = await tesseractNative(pngs, await tessdataDir(config().ocr));
    ocr.nativeEngine = await ocrEngine(pngs, { ...config().ocr, engine: 'native' });
    ocr.vanthuImagesNative = await vanthuImages(images, pages, 'native');
    ocr.ratioJsOverNative = ocr.tesseractJs.pagesPerSecond / ocr.native.pagesPerSecond;
  } else notes.push('tesseract CLI not installed: native OCR skipped');
  return { repetitions: reps, notes, text: [summarise('pdf', documents), summarise('docx', documents)], documents, ocr };
}
