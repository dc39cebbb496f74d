package io.credence.testing;

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system under the scheme {@code faulty:} (register it with {@link #register}), with two kinds of
 * injected faults for tests of what a run leaves behind:
 *
 * <ul>
 *   <li>{@link #failAt}: the N-th counted operation from now throws an {@link IOException}. Counted operations are
 *       each create (or append), each stream's first write, each rename and each delete.
 *   <li>{@link #quota}: a disk that holds this many bytes of files written from now on; a write beyond it throws
 *       {@code IOException("No space left on device")}, as a full disk does, and deleting files frees their bytes.
 * </ul>
 *
 * The state is static: in local mode Spark's tasks run in this JVM and reach the same file system.
 */
public final class FaultyFileSystem extends RawLocalFileSystem {

  public static final String SCHEME = "faulty";
  private static final URI NAME = URI.create(SCHEME + ":///");

  private static final AtomicLong OPERATIONS = new AtomicLong();
  private static volatile long failAt;
  private static volatile long quota = Long.MAX_VALUE;
  private static volatile String lastFault;
  private static final Map<String, AtomicLong> SIZES = new ConcurrentHashMap<>();

  /** Registers the scheme in {@code conf}, uncached so the static state always applies. */
  public static void register(Configuration conf) {
    conf.set("fs." + SCHEME + ".impl", FaultyFileSystem.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
  }

  /** {@code dir} as a {@code faulty:} URI string. */
  public static String uri(java.nio.file.Path dir) {
    return SCHEME + "://" + dir.toAbsolutePath();
  }

  /** Fails the {@code n}-th counted operation from now (1 is the next); 0 turns faults off. Resets the count. */
  public static void failAt(long n) {
    OPERATIONS.set(0);
    lastFault = null;
    failAt = n;
  }

  /** Limits the bytes written from now on to {@code bytes} (Long.MAX_VALUE: no limit); forgets earlier writes. */
  public static void quota(long bytes) {
    SIZES.clear();
    quota = bytes;
  }

  /** Turns every fault off and resets the counters. */
  public static void reset() {
    failAt(0);
    quota(Long.MAX_VALUE);
  }

  /** Counted operations since the last {@link #failAt}. */
  public static long operations() {
    return OPERATIONS.get();
  }

  /** Bytes held by files written since the last {@link #quota} (deleted files excluded). */
  public static long used() {
    return SIZES.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** What the last injected fault hit, or null. */
  public static String lastFault() {
    return lastFault;
  }

  @Override
  public URI getUri() {
    return NAME;
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public void initialize(URI uri, Configuration conf) throws IOException {
    super.initialize(NAME, conf);
  }

  private static void count(String op, Path p) throws IOException {
    long n = OPERATIONS.incrementAndGet();
    if (failAt > 0 && n == failAt) {
      lastFault = op + " " + p;
      throw new IOException("Injected fault #" + n + ": " + op + " " + p);
    }
  }

  private String local(Path p) {
    return pathToFile(p).getAbsolutePath();
  }

  @Override
  protected OutputStream createOutputStreamWithMode(Path f, boolean append, FsPermission permission)
      throws IOException {
    count(append ? "append" : "create", f);
    String key = local(f);
    AtomicLong size = new AtomicLong(append ? new File(key).length() : 0);
    SIZES.put(key, size);
    OutputStream out = super.createOutputStreamWithMode(f, append, permission);
    return new FilterOutputStream(out) {
      private boolean written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (!written) {
          written = true;
          count("write", f);
        }
        if (used() + len > quota) {
          lastFault = "full disk writing " + f;
          throw new IOException("No space left on device");
        }
        size.addAndGet(len);
        out.write(b, off, len);
      }
    };
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    count("rename", src);
    String from = local(src);
    String to = local(dst);
    boolean renamed = super.rename(src, dst);
    if (renamed) {
      for (String k : SIZES.keySet()) {
        if (k.equals(from) || k.startsWith(from + File.separator)) {
          AtomicLong v = SIZES.remove(k);
          if (v != null) {
            SIZES.put(to + k.substring(from.length()), v);
          }
        }
      }
    }
    return renamed;
  }

  @Override
  public boolean delete(Path p, boolean recursive) throws IOException {
    count("delete", p);
    String key = local(p);
    boolean deleted = super.delete(p, recursive);
    if (deleted) {
      SIZES.keySet().removeIf(k -> k.equals(key) || k.startsWith(key + File.separator));
    }
    return deleted;
  }
}
