package org.tiegraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF within bounds, so a hostile file costs a refusal and not the server: at most
 * {@link DocumentReader#MAX_PDF_PAGES} pages; no compressed stream may expand beyond
 * {@link DocumentReader#MAX_PDF_STREAM_BYTES} (each is inflated once into a bounded buffer before PDFBox, which
 * inflates streams whole in memory, reads it); at most {@link DocumentReader#MAX_TEXT_CHARS} characters; and the
 * deadline is checked at every page.
 */
final class PdfText {

    /** Image encodings: text extraction never decodes them. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.JPX_DECODE,
            COSName.CCITTFAX_DECODE, COSName.JBIG2_DECODE);

    /** The text and the title the PDF's metadata gives (or null). */
    record Result(String text, String title) {
    }

    /** Thrown inside PDFBox's calls when a bound is reached; turned into a {@link DocumentException}. */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private PdfText() {
    }

    static Result read(Path path, byte[] bytes, Instant deadline) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > DocumentReader.MAX_PDF_PAGES) {
                throw new DocumentException(path, "the PDF has " + pages + " pages; documents over "
                        + DocumentReader.MAX_PDF_PAGES + " pages are refused (split it into smaller files)");
            }
            checkStreams(pdf, deadline);
            BoundedText text = new BoundedText();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void startPage(PDPage page) throws IOException {
                    if (Instant.now().isAfter(deadline)) {
                        throw new Refused("reading the PDF passed the load's time limit at page " + getCurrentPageNo()
                                + " of " + pages);
                    }
                    super.startPage(page);
                }
            };
            // content-stream order keeps the columns of two-column layouts apart
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\f");
            stripper.writeText(pdf, text);
            String title = pdf.getDocumentInformation().getTitle();
            return new Result(text.toString(), title);
        } catch (Refused e) {
            throw new DocumentException(path, e.getMessage());
        } catch (InvalidPasswordException e) {
            throw new DocumentException(path, "the PDF is password-protected; save an unprotected copy", e);
        } catch (IOException e) {
            throw new DocumentException(path, "cannot read the PDF (damaged or not a PDF): " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // last resort for structures PDFBox inflates while opening the file, before any check can run
            throw new DocumentException(path, "the PDF needs more memory than this server allows (a compressed part "
                    + "of it expands too far); it was refused");
        }
    }

    /**
     * Inflates every compressed stream that is not an image into a bounded buffer, filter after filter; a stream that
     * expands beyond the bound refuses the document. Streams that cannot be decoded are left to PDFBox to report.
     */
    private static void checkStreams(PDDocument pdf, Instant deadline) throws IOException {
        for (Map.Entry<COSObjectKey, Long> entry : pdf.getDocument().getXrefTable().entrySet()) {
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue; // objects inside object streams are never streams themselves
            }
            if (Instant.now().isAfter(deadline)) {
                throw new Refused("checking the PDF's compressed parts passed the load's time limit");
            }
            COSBase object = pdf.getDocument().getObjectFromPool(entry.getKey()).getObject();
            if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                checkStream(stream);
            }
        }
    }

    private static void checkStream(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
            return;
        }
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                BoundedBuffer output = new BoundedBuffer();
                try {
                    filter.decode(input, output, stream, i);
                } catch (Refused e) {
                    throw e;
                } catch (IOException | RuntimeException undecodable) {
                    return; // PDFBox reports it when it reads the stream, if it needs to
                } finally {
                    input.close();
                }
                input = new ByteArrayInputStream(output.toByteArray());
            }
        } finally {
            input.close();
        }
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array) {
            return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }

    /** A stream's decoded bytes, refused beyond the bound. */
    private static final class BoundedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) throws IOException {
            room(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            bytes.write(b, off, len);
        }

        private void room(int more) throws Refused {
            if (bytes.size() + (long) more > DocumentReader.MAX_PDF_STREAM_BYTES) {
                throw new Refused("a compressed part of the PDF expands beyond "
                        + DocumentReader.MAX_PDF_STREAM_BYTES / (1024 * 1024) + " MB (a decompression bomb?); "
                        + "it was refused");
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** The extracted text, refused beyond {@link DocumentReader#MAX_TEXT_CHARS} characters. */
    private static final class BoundedText extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            if (text.length() + (long) len > DocumentReader.MAX_TEXT_CHARS) {
                throw new Refused("the PDF's text is longer than " + DocumentReader.MAX_TEXT_CHARS
                        + " characters; longer documents are refused (split it into smaller files)");
            }
            text.append(buffer, off, len);
        }

        @Override
        public void flush() {
            // kept in memory
        }

        @Override
        public void close() {
            // kept in memory
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
