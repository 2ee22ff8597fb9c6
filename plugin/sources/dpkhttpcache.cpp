#include "dpkhttpcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace
{
const QString KEY_URL = QStringLiteral( "url" );
const QString KEY_STATUS = QStringLiteral( "httpStatus" );
const QString KEY_FETCHED_AT = QStringLiteral( "fetchedAt" );
const QString KEY_BODY = QStringLiteral( "body" );
} // namespace

DpkHttpCache::DpkHttpCache( const QString &folder )
  : mFolder( folder )
{
}

QString DpkHttpCache::entryPath( const QUrl &url ) const
{
  const QByteArray hash =
      QCryptographicHash::hash( url.toEncoded(), QCryptographicHash::Sha256 ).toHex();
  return QDir( mFolder ).filePath( QString::fromLatin1( hash ) + QStringLiteral( ".json" ) );
}

std::optional<DpkHttpResponse> DpkHttpCache::lookup( const QUrl &url ) const
{
  QFile file( entryPath( url ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return std::nullopt;

  const QJsonObject entry = QJsonDocument::fromJson( file.readAll() ).object();
  if ( entry.value( KEY_URL ).toString() != QString::fromUtf8( url.toEncoded() ) )
    return std::nullopt;

  DpkHttpResponse response;
  response.url = url;
  response.httpStatus = entry.value( KEY_STATUS ).toInt();
  response.fetchedAt =
      QDateTime::fromString( entry.value( KEY_FETCHED_AT ).toString(), Qt::ISODateWithMs );
  response.fromCache = true;
  if ( !response.fetchedAt.isValid() || response.httpStatus <= 0 )
    return std::nullopt;

  if ( response.httpStatus != 404 )
  {
    QJsonParseError error;
    response.document =
        QJsonDocument::fromJson( entry.value( KEY_BODY ).toString().toUtf8(), &error );
    if ( error.error != QJsonParseError::NoError )
      return std::nullopt;
  }
  return response;
}

DpkResult<bool> DpkHttpCache::store( const QUrl &url, int httpStatus, const QByteArray &body,
                                     const QDateTime &fetchedAt ) const
{
  if ( !QDir().mkpath( mFolder ) )
    return DpkResult<bool>::failure( tr( "Cannot create the cache folder %1" ).arg( mFolder ) );

  QJsonObject entry;
  entry.insert( KEY_URL, QString::fromUtf8( url.toEncoded() ) );
  entry.insert( KEY_STATUS, httpStatus );
  entry.insert( KEY_FETCHED_AT, fetchedAt.toUTC().toString( Qt::ISODateWithMs ) );
  entry.insert( KEY_BODY, QString::fromUtf8( body ) );

  QSaveFile file( entryPath( url ) );
  if ( !file.open( QIODevice::WriteOnly ) ||
       file.write( QJsonDocument( entry ).toJson( QJsonDocument::Compact ) ) < 0 || !file.commit() )
  {
    return DpkResult<bool>::failure(
        tr( "Cannot write the cache file %1: %2" ).arg( file.fileName(), file.errorString() ) );
  }
  return DpkResult<bool>::success( true );
}
