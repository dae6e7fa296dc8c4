using System.Runtime.InteropServices;

namespace ManaMitra.Documents;

/// <summary>
/// How the C library's allocator returns memory to the system, tuned for printing. Skia deflates every document's
/// page and fonts through zlib, which takes about 300 KB of native memory per stream and frees it right after;
/// glibc hands any free top of its heap above 128 KB straight back, so each stream shrank the heap (a TLB flush on
/// every core) and the next one faulted fresh zeroed pages in again: about a tenth of a document's CPU time.
/// </summary>
internal static class NativeHeap
{
    private const int TrimThreshold = -1;

    // A few documents' worth: enough that printing reuses its pages, little enough that a burst still gives back.
    private const int KeptBytes = 8 * 1024 * 1024;

    /// <summary>Lets each heap keep up to 8 MB free before giving memory back; does nothing off glibc.</summary>
    public static void KeepFreedMemoryForReuse()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            mallopt(TrimThreshold, KeptBytes);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, say): its allocator trims on its own terms, and printing is only slower there.
        }
    }

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);
}
