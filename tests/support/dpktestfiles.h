#ifndef DPKTESTFILES_H
#define DPKTESTFILES_H

#include <qgspointxy.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

//! Returns the SHA-256 of the file at \a path, to prove that a failed run left it as it was.
inline QByteArray dpkChecksum( const QString &path )
{
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

//! Returns the SWEREF 99 TM position recorded for the Stockholm school unit \a code in the shared
//! API recordings, read independently of the project's readers.
inline QgsPointXY dpkRecordedPosition( const QString &code )
{
  QFile file( QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180/school-units/" ) +
              code + QStringLiteral( ".json" ) );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) )
      << "the recording of " << code.toStdString()
      << " is missing: " << file.fileName().toStdString();
  const QJsonObject body = QJsonDocument::fromJson( file.readAll() )
                               .object()
                               .value( QStringLiteral( "json" ) )
                               .toObject()
                               .value( QStringLiteral( "body" ) )
                               .toObject();
  return QgsPointXY( body.value( QStringLiteral( "sweRef_E" ) ).toString().toDouble(),
                     body.value( QStringLiteral( "sweRef_N" ) ).toString().toDouble() );
}

#endif // DPKTESTFILES_H
