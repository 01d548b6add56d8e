package org.tiegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands files and folders given by the user into the sorted list of supported documents they contain. */
public final class DocumentFinder {

    /** File name extensions (lowercase, without the dot) of the formats the reader understands. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf");

    /**
     * Returns every supported document in the given files and folders (folders are searched recursively), sorted and
     * without duplicates. Hidden files and folders and metadata sidecars ({@code *.meta.yaml}) are skipped.
     *
     * @throws DocumentException when an input does not exist, or a file given by name has an unsupported format
     */
    public List<Path> find(List<Path> filesOrFolders) {
        Set<Path> found = new TreeSet<>();
        for (Path input : filesOrFolders) {
            Path path = input.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                found.addAll(documentsUnder(path));
            } else if (Files.isRegularFile(path)) {
                if (!isSupported(path)) {
                    throw new DocumentException(path, "unsupported file type; give a ." + String.join(", .",
                            new TreeSet<>(SUPPORTED_EXTENSIONS)) + " file or a folder containing such files");
                }
                found.add(path);
            } else {
                throw new DocumentException(path, "no such file or folder");
            }
        }
        return new ArrayList<>(found);
    }

    private static List<Path> documentsUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHiddenBelow(folder, p))
                    .filter(DocumentFinder::isSupported)
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(folder, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static boolean isHiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** True for a document file this project reads; false for sidecars, hidden files and other formats. */
    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.toLowerCase(Locale.ROOT).contains(".meta.")) {
            return false;
        }
        return SUPPORTED_EXTENSIONS.contains(extension(file));
    }

    /** The lowercase extension of a file name without the dot, or "" when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
