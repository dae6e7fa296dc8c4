namespace ManaMitra.Testing;

/// <summary>The ways the fake Cloud API misbehaves, each as Meta or the network really does.</summary>
public enum CloudApiFault
{
    None,

    /// <summary>HTTP 429, Meta error 130429 ("rate limit hit"): the sender must try again later.</summary>
    Throttle,

    /// <summary>HTTP 500, Meta error 131000: the sender must try again.</summary>
    ServerError,

    /// <summary>Never answers: the sender's own timeout must end the attempt.</summary>
    Hang,

    /// <summary>The connection is cut without an answer.</summary>
    Reset,

    /// <summary>HTTP 400, Meta error 131047 (the 24-hour window is closed): Meta will never take the message.</summary>
    OutsideWindow,
}
