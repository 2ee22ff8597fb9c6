#include "dpkhttpcache.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
const QUrl URL( QStringLiteral( "http://127.0.0.1:1/planned-educations/v4/school-units/1?a=b" ) );
}

TEST( DpkHttpCache, ReturnsAStoredResponseWithItsFetchTime )
{
  QTemporaryDir dir;
  const DpkHttpCache cache( dir.filePath( QStringLiteral( "cache" ) ) );
  const QDateTime fetchedAt =
      QDateTime::fromString( QStringLiteral( "2026-04-21T10:25:26.925Z" ), Qt::ISODateWithMs );

  const DpkResult<bool> stored =
      cache.store( URL, 200, R"({"status":"OK","body":{"x":1}})", fetchedAt );
  ASSERT_TRUE( stored.isOk() ) << stored.error().toStdString();

  const std::optional<DpkHttpResponse> cached = cache.lookup( URL );
  ASSERT_TRUE( cached.has_value() );
  EXPECT_TRUE( cached->fromCache );
  EXPECT_EQ( cached->httpStatus, 200 );
  EXPECT_EQ( cached->fetchedAt, fetchedAt );
  EXPECT_EQ( cached->document.object()
                 .value( QStringLiteral( "body" ) )
                 .toObject()
                 .value( QStringLiteral( "x" ) )
                 .toInt(),
             1 );
}

TEST( DpkHttpCache, KeepsNotFoundAnswers )
{
  QTemporaryDir dir;
  const DpkHttpCache cache( dir.path() );
  ASSERT_TRUE( cache.store( URL, 404, QByteArray(), QDateTime::currentDateTimeUtc() ).isOk() );
  const std::optional<DpkHttpResponse> cached = cache.lookup( URL );
  ASSERT_TRUE( cached.has_value() );
  EXPECT_TRUE( cached->isNotFound() );
}

TEST( DpkHttpCache, KnowsNothingOfOtherUrls )
{
  QTemporaryDir dir;
  const DpkHttpCache cache( dir.path() );
  ASSERT_TRUE( cache.store( URL, 200, "{}", QDateTime::currentDateTimeUtc() ).isOk() );
  QUrl other = URL;
  other.setQuery( QStringLiteral( "a=c" ) );
  EXPECT_FALSE( cache.lookup( other ).has_value() );
}

TEST( DpkHttpCache, TreatsADamagedEntryAsAbsent )
{
  QTemporaryDir dir;
  const DpkHttpCache cache( dir.path() );
  ASSERT_TRUE( cache.store( URL, 200, "{}", QDateTime::currentDateTimeUtc() ).isOk() );
  QFile file( cache.entryPath( URL ) );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  file.write( R"({"url":")" );
  file.close();
  EXPECT_FALSE( cache.lookup( URL ).has_value() );
}

TEST( DpkHttpCache, NamesTheFolderItCannotCreate )
{
  QTemporaryDir dir;
  QFile blocker( dir.filePath( QStringLiteral( "file" ) ) );
  ASSERT_TRUE( blocker.open( QIODevice::WriteOnly ) );
  blocker.close();
  const DpkHttpCache cache( dir.filePath( QStringLiteral( "file/cache" ) ) );
  const DpkResult<bool> stored = cache.store( URL, 200, "{}", QDateTime::currentDateTimeUtc() );
  ASSERT_FALSE( stored.isOk() );
  EXPECT_TRUE( stored.error().contains( QStringLiteral( "file/cache" ) ) );
}
