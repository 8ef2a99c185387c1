using System.Net;
using System.Net.Sockets;
using Platform.Kernel.Networking;

namespace Platform.Host.Tests.Silo;

public sealed class LoopbackPortsTests
{
    [Fact]
    public void A_free_port_is_one_outgoing_connections_are_never_given_and_it_can_be_bound()
    {
        var ports = Enumerable.Range(0, 20).Select(_ => LoopbackPorts.Free()).ToList();

        // Outgoing connections take their ports from 32768 up (Linux) or 49152 up (Windows).
        Assert.All(ports, port => Assert.InRange(port, 20000, 32767));
        using var listener = new TcpListener(IPAddress.Loopback, ports[0]);
        listener.Start();
    }
}
