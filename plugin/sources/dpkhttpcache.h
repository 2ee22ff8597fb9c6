#ifndef DPKHTTPCACHE_H
#define DPKHTTPCACHE_H

#include "dpkhttpresponse.h"
#include "dpkresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * \brief An on-disk cache of API responses keyed by URL, so that a second run works offline.
 *
 * Each entry is one file in a folder chosen by the caller, named after a hash of the URL, holding
 * the URL, the HTTP status, the body and the time it was fetched, which lets a reader say how old
 * its data are. Entries are written atomically, so a cancelled run never leaves half a file, and
 * several threads may use the same folder.
 */
class DpkHttpCache
{
  Q_DECLARE_TR_FUNCTIONS( DpkHttpCache )

public:
  //! Creates a cache in \a folder; the folder is created on the first store().
  explicit DpkHttpCache( const QString &folder );

  //! Returns the folder the cache keeps its entries in.
  QString folder() const { return mFolder; }

  /**
   * Returns the cached response for \a url, or nothing when there is none. An entry that cannot
   * be read (a damaged file, another URL with the same hash) counts as absent.
   */
  std::optional<DpkHttpResponse> lookup( const QUrl &url ) const;

  /**
   * Stores \a body received with \a httpStatus for \a url at \a fetchedAt, replacing an earlier
   * entry. Returns an error naming the file when it cannot be written.
   */
  DpkResult<bool> store( const QUrl &url, int httpStatus, const QByteArray &body,
                         const QDateTime &fetchedAt ) const;

  //! Returns the file that holds the entry for \a url.
  QString entryPath( const QUrl &url ) const;

private:
  QString mFolder;
};

#endif // DPKHTTPCACHE_H
