package org.tiegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The process and machine figures a report carries: heap, resident memory, cores, RAM, load average, disk usage. */
final class ProcessStats {

    private ProcessStats() {
    }

    /** CPU time used by the whole process so far (all threads, the embedded database's included), or -1. */
    static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** Heap in use and its maximum, and the resident set (current and peak) from {@code /proc/self/status}. */
    static BenchReport.MemorySnapshot memory(String phase) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new BenchReport.MemorySnapshot(phase, heap.getUsed(), heap.getMax(), statusKiB("VmRSS") * 1024,
                statusKiB("VmHWM") * 1024);
    }

    /** A {@code kB} field of {@code /proc/self/status}, or -1 when unavailable (not Linux). */
    static long statusKiB(String field) {
        return procField(Path.of("/proc/self/status"), field);
    }

    /** Total RAM from {@code /proc/meminfo}, or the JVM's view of physical memory elsewhere. */
    static long ramBytes() {
        long kib = procField(Path.of("/proc/meminfo"), "MemTotal");
        if (kib > 0) {
            return kib * 1024;
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    }

    /** The 1-, 5- and 15-minute load averages, or the JVM's 1-minute figure. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return String.format(java.util.Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Bytes of all files under a folder (-1 when it does not exist). */
    static long folderBytes(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long procField(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
