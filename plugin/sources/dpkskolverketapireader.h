#ifndef DPKSKOLVERKETAPIREADER_H
#define DPKSKOLVERKETAPIREADER_H

#include "dpkdataset.h"
#include "dpkhttpclient.h"
#include "dpkindicator.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QgsFeedback;

/**
 * \brief Reads one municipality's compulsory schools with year 9 from Skolverket's Planned
 * Educations API v4: the units, their locations, their statistics/gr and SALSA.
 *
 * The reader pages through /school-units for the municipality, then fetches each unit's details
 * and statistics and the SALSA table through a DpkHttpClient (bounded concurrency, retries, cache).
 * Every listed unit ends up in the dataset: a unit without coordinates, without details or
 * without statistics is kept and named in the report, never dropped silently. When a transfer
 * fails or the feedback is cancelled, the report says that the dataset is not complete.
 *
 * It blocks until done and may run in a QgsTask's worker thread.
 */
class DpkSkolverketApiReader
{
  Q_DECLARE_TR_FUNCTIONS( DpkSkolverketApiReader )

public:
  //! Returns the public address of the API, https://api.skolverket.se/planned-educations/v4.
  static QUrl defaultBaseUrl();

  //! Returns the Accept header the API v4 expects.
  static QString acceptHeader();

  //! Returns client settings with the API's Accept header and the client's default patience.
  static DpkHttpClient::Settings defaultClientSettings();

  /**
   * Creates a reader for the API at \a baseUrl (ending in /v4) that fetches with a client made
   * from \a settings; an empty Accept header in \a settings is replaced by acceptHeader().
   */
  DpkSkolverketApiReader( const QUrl &baseUrl, const DpkHttpClient::Settings &settings );

  //! Sets the number of units asked for per page, at most 100; 50 by default.
  void setPageSize( int size );

  //! Sets whether SALSA is fetched for all schools; true by default.
  void setReadSalsa( bool read ) { mReadSalsa = read; }

  //! Sets whether each unit's statistics are read; without them only the units and their
  //! locations are, for a run that takes its results from elsewhere.
  void setReadStatistics( bool read ) { mReadStatistics = read; }

  /**
   * Reads the school units of \a municipalityCode (e.g. "0180") with the values of every
   * indicator in \a indicators that has an apiField. Returns an error when not even the list of
   * units could be read; otherwise the dataset, whose report tells what was missing.
   */
  DpkResult<DpkDataset> read( const QString &municipalityCode,
                              const QList<DpkIndicator> &indicators,
                              QgsFeedback *feedback = nullptr );

  //! Returns the URL of page \a page of the municipality's list of units.
  QUrl unitListUrl( const QString &municipalityCode, int page ) const;

  //! Returns the URL of a unit's details.
  QUrl unitUrl( const QString &code ) const;

  //! Returns the URL of a unit's statistics for compulsory school.
  QUrl statisticsUrl( const QString &code ) const;

  //! Returns the URL of SALSA for all schools.
  QUrl salsaUrl() const;

  //! Returns the client, for its counts of requests and cache hits.
  const DpkHttpClient &client() const { return mClient; }

private:
  QUrl resourceUrl( const QString &path ) const;

  QUrl mBaseUrl;
  DpkHttpClient mClient;
  int mPageSize = 50;
  bool mReadSalsa = true;
  bool mReadStatistics = true;
};

#endif // DPKSKOLVERKETAPIREADER_H
