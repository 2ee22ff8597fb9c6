#ifndef DPKJSONPOSITION_H
#define DPKJSONPOSITION_H

#include <QByteArray>
#include <QString>

/**
 * \brief Returns "L:C", the line and column of the character at \a offset in \a json.
 *
 * QJsonParseError gives a character offset; people find a mistake in their file by its line.
 */
inline QString dpkJsonPosition( const QByteArray &json, int offset )
{
  const QByteArray before = json.left( offset );
  const int line = before.count( '\n' ) + 1;
  const int column = offset - ( before.lastIndexOf( '\n' ) + 1 ) + 1;
  return QStringLiteral( "%1:%2" ).arg( line ).arg( column );
}

#endif // DPKJSONPOSITION_H
