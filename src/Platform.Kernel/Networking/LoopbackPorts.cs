using System.Net;
using System.Net.Sockets;

namespace Platform.Kernel.Networking;

/// <summary>Ports to listen on that are free now and that the system will not hand to anyone else meanwhile.</summary>
public static class LoopbackPorts
{
    // Below the ranges operating systems give outgoing connections (Linux from 32768, Windows from
    // 49152). A port the system picked and was given back comes from that range, so a database
    // connection opened before the listener binds can take it: "address already in use".
    private const int First = 20000, Last = 32767;

    /// <summary>A port on 127.0.0.1 that nothing listens on, for a listener started shortly after.</summary>
    public static int Free()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = Random.Shared.Next(First, Last + 1);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 100)
            {
                // Taken: try another.
            }
        }
    }
}
