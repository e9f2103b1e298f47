// Socket address structures field by field, checked against the real structures.
#include "SockaddrLayout.h"

#include <QTest>

#include <arpa/inet.h>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/un.h>

using namespace sockscope;
using E = LayoutResult::Error;
Q_DECLARE_METATYPE(sockscope::LayoutResult::Error)

namespace {

const LayoutField* field(const SockaddrLayout& l, const char* name)
{
    for (const auto& f : l.fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestSockaddrLayout : public QObject {
    Q_OBJECT
private slots:
    void inet();
    void inetErrors_data();
    void inetErrors();
    void inet6WithScope_data();
    void inet6WithScope();
    void unixPath_data();
    void unixPath();
    void genericViews();
};

void TestSockaddrLayout::inet()
{
    const LayoutResult r = layoutInet("127.0.0.1", "8080");
    QVERIFY(r.ok());
    const SockaddrLayout& l = r.layout;
    QCOMPARE(l.size, sizeof(sockaddr_in));
    QCOMPARE(l.socklen, sizeof(sockaddr_in));
    QCOMPARE(QString::fromStdString(l.structName), QStringLiteral("struct sockaddr_in"));
    const LayoutField* port = field(l, "sin_port");
    QVERIFY(port);
    QCOMPARE(port->offset, offsetof(sockaddr_in, sin_port));
    QCOMPARE(QString::fromStdString(port->hex), QStringLiteral("1f90"));
    QCOMPARE(QString::fromStdString(port->value), QStringLiteral("8080"));
    const LayoutField* addr = field(l, "sin_addr");
    QVERIFY(addr);
    QCOMPARE(QString::fromStdString(addr->hex), QStringLiteral("7f000001"));
    QCOMPARE(QString::fromStdString(addr->value), QStringLiteral("127.0.0.1"));
    QVERIFY(field(l, "sin_family"));
    QVERIFY(QString::fromStdString(field(l, "sin_family")->value).startsWith(QStringLiteral("AF_INET")));
    QCOMPARE(field(l, "sin_zero")->size, std::size_t(8));
    // The bytes are those of the real structure.
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(8080);
    inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
    QCOMPARE(l.bytes.size(), sizeof sin);
    QVERIFY(std::memcmp(l.bytes.data(), &sin, sizeof sin) == 0);
    // Fields cover the structure without overlap.
    std::size_t next = 0;
    for (const auto& f : l.fields) {
        QCOMPARE(f.offset, next);
        next = f.offset + f.size;
    }
    QCOMPARE(next, sizeof sin);
}

void TestSockaddrLayout::inetErrors_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("port");
    QTest::addColumn<E>("error");
    QTest::newRow("bad address") << "127.1" << "80" << E::BadAddress;
    QTest::newRow("v6 in v4") << "::1" << "80" << E::BadAddress;
    QTest::newRow("port too big") << "127.0.0.1" << "65536" << E::BadPort;
    QTest::newRow("port not a number") << "127.0.0.1" << "http" << E::BadPort;
    QTest::newRow("port empty") << "127.0.0.1" << "" << E::BadPort;
    QTest::newRow("hex port ok") << "127.0.0.1" << "0x50" << E::None;
}

void TestSockaddrLayout::inetErrors()
{
    QFETCH(QString, address);
    QFETCH(QString, port);
    QFETCH(E, error);
    QCOMPARE(layoutInet(address.toStdString(), port.toStdString()).error, error);
}

void TestSockaddrLayout::inet6WithScope_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("flowinfo");
    QTest::addColumn<E>("error");
    QTest::addColumn<uint>("scope");
    QTest::newRow("loopback") << "::1" << "0" << E::None << 0u;
    QTest::newRow("named scope") << "fe80::1%lo" << "0" << E::None << if_nametoindex("lo");
    QTest::newRow("numeric scope") << "fe80::1%7" << "0" << E::None << 7u;
    QTest::newRow("unknown interface") << "fe80::1%nosuchif0" << "0" << E::BadScope << 0u;
    QTest::newRow("empty scope") << "fe80::1%" << "0" << E::BadScope << 0u;
    QTest::newRow("flow label") << "::1" << "0xfffff" << E::None << 0u;
    QTest::newRow("flow label too big") << "::1" << "0x100000" << E::BadFlowinfo << 0u;
    QTest::newRow("not v6") << "1.2.3.4" << "0" << E::BadAddress << 0u;
}

void TestSockaddrLayout::inet6WithScope()
{
    QFETCH(QString, address);
    QFETCH(QString, flowinfo);
    QFETCH(E, error);
    QFETCH(uint, scope);
    const LayoutResult r = layoutInet6(address.toStdString(), "443", flowinfo.toStdString());
    QCOMPARE(r.error, error);
    if (!r.ok())
        return;
    QCOMPARE(r.layout.size, sizeof(sockaddr_in6));
    sockaddr_in6 sin6{};
    std::memcpy(&sin6, r.layout.bytes.data(), sizeof sin6);
    QCOMPARE(sin6.sin6_scope_id, scope);
    QCOMPARE(ntohs(sin6.sin6_port), 443);
    QCOMPARE(QString::fromStdString(field(r.layout, "sin6_port")->hex), QStringLiteral("01bb"));
    QCOMPARE(field(r.layout, "sin6_addr")->offset, offsetof(sockaddr_in6, sin6_addr));
    QCOMPARE(field(r.layout, "sin6_scope_id")->offset, offsetof(sockaddr_in6, sin6_scope_id));
}

void TestSockaddrLayout::unixPath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<E>("error");
    QTest::addColumn<int>("socklen");
    const int base = static_cast<int>(offsetof(sockaddr_un, sun_path));
    QTest::newRow("path") << QByteArray("/tmp/x.sock") << E::None << base + 11 + 1;
    QTest::newRow("abstract") << QByteArray("@demo") << E::None << base + 1 + 4;
    QTest::newRow("107 bytes fit") << QByteArray(107, 'a') << E::None << base + 108;
    QTest::newRow("108 bytes do not") << QByteArray(108, 'a') << E::PathTooLong << 0;
    QTest::newRow("abstract 107") << QByteArray("@") + QByteArray(107, 'b') << E::None << base + 108;
    QTest::newRow("abstract 108") << QByteArray("@") + QByteArray(108, 'b') << E::PathTooLong << 0;
    QTest::newRow("empty") << QByteArray() << E::EmptyPath << 0;
    QTest::newRow("embedded NUL") << QByteArray("/tmp/a\0b", 8) << E::PathTooLong << 0;
}

void TestSockaddrLayout::unixPath()
{
    QFETCH(QByteArray, path);
    QFETCH(E, error);
    QFETCH(int, socklen);
    const LayoutResult r = layoutUnix(path.toStdString());
    QCOMPARE(r.error, error);
    if (!r.ok()) {
        if (error == E::PathTooLong)
            QCOMPARE(r.limit, sizeof(sockaddr_un::sun_path) - 1);
        return;
    }
    QCOMPARE(int(r.layout.socklen), socklen);
    QCOMPARE(r.layout.size, sizeof(sockaddr_un));
    const LayoutField* p = field(r.layout, "sun_path");
    QVERIFY(p);
    QCOMPARE(p->size, sizeof(sockaddr_un::sun_path));
    if (path.startsWith('@'))
        QCOMPARE(r.layout.bytes[offsetof(sockaddr_un, sun_path)], std::uint8_t(0));
}

void TestSockaddrLayout::genericViews()
{
    const LayoutResult v4 = layoutInet("192.0.2.1", "80");
    const SockaddrLayout sa = viewAsSockaddr(v4.layout);
    QCOMPARE(sa.size, sizeof(sockaddr));
    QCOMPARE(QString::fromStdString(field(sa, "sa_family")->value), QStringLiteral("AF_INET (2)"));
    // sa_data starts with the port and address in network order.
    QVERIFY(QString::fromStdString(field(sa, "sa_data")->hex).startsWith(QStringLiteral("0050c0000201")));

    const LayoutResult v6 = layoutInet6("::1", "80");
    const SockaddrLayout st = viewAsStorage(v6.layout);
    QCOMPARE(st.size, sizeof(sockaddr_storage));
    QVERIFY(std::memcmp(st.bytes.data(), v6.layout.bytes.data(), v6.layout.size) == 0);
    QVERIFY(QString::fromStdString(viewAsSockaddr(v6.layout).fields.back().value).contains(QStringLiteral("cannot hold")));
}

QTEST_APPLESS_MAIN(TestSockaddrLayout)
#include "tst_sockaddrlayout.moc"
