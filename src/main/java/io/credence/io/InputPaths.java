package io.credence.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Resolves a run's input (a file, a directory or a glob) to the files it names, for checks and the run record. */
public final class InputPaths {

  private InputPaths() {}

  /**
   * The files {@code input} names: the glob's matches, with each matched directory replaced by the visible files in it.
   * Throws {@link InputMissingException} when there are none.
   */
  public static List<String> resolve(String input, Configuration conf) {
    Path pattern = new Path(input);
    List<String> files = new ArrayList<>();
    try {
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches != null) {
        for (FileStatus m : matches) {
          if (m.isDirectory()) {
            for (FileStatus f : fs.listStatus(m.getPath())) {
              if (visible(f.getPath())) {
                files.add(f.getPath().toString());
              }
            }
          } else if (visible(m.getPath())) {
            files.add(m.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the input " + input, e);
    }
    if (files.isEmpty()) {
      throw new InputMissingException("Input '" + input + "' does not exist or holds no files");
    }
    files.sort(null);
    return files;
  }

  private static boolean visible(Path p) {
    String name = p.getName();
    return !name.startsWith(".") && !name.startsWith("_");
  }
}
