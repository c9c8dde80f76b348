#pragma once

#include <QObject>
#include <QString>

namespace fedibell {

class RestClient;

// Marks conversations read on the server (POST /api/v1/conversations/:id/read).
class ReadMarker : public QObject
{
    Q_OBJECT

public:
    explicit ReadMarker(RestClient *rest, QObject *parent = nullptr);

    // False (nothing sent) for an id that is not an id; else marked() or problem() follows.
    bool mark(const QString &conversationId);

signals:
    void marked(const QString &conversationId);
    void problem(const QString &message);

private:
    RestClient *m_rest;
};

} // namespace fedibell
