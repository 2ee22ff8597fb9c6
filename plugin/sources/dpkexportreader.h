#ifndef DPKEXPORTREADER_H
#define DPKEXPORTREADER_H

#include "dpkdataset.h"
#include "dpkexportcolumnmatcher.h"
#include "dpkexporttable.h"
#include "dpkindicator.h"
#include "dpkresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/**
 * \brief Reads a table exported from Skolverket's statistics portal (CSV or XLSX) into schools
 * with their figures.
 *
 * An export has a preamble naming the school year ("Valt läsår: 2024/25"), a header row, one row
 * per school unit and footnotes after a blank line. The reader finds the period and the header
 * row, gives each column its meaning by its header text (school fields, or an indicator of the
 * catalogue it was given), and reads the rows until the footnotes. A row that cannot be read is
 * left out and reported with its line and the reason; the others are kept. A file that was cut
 * off inside its data is reported as incomplete. Nothing is read from the organiser's
 * organisation number, which can be a person's identity number.
 */
class DpkExportReader
{
  Q_DECLARE_TR_FUNCTIONS( DpkExportReader )

public:
  //! Creates a reader that recognises the export columns of \a indicators.
  explicit DpkExportReader( const QList<DpkIndicator> &indicators );

  /**
   * Reads the export at \a path: as a workbook when it is an XLSX file (by its content, whatever
   * its name), otherwise as CSV.
   */
  DpkResult<DpkDataset> readFile( const QString &path ) const;

  //! Reads the CSV export at \a path, in UTF-8 (with or without byte-order mark) or Windows-1252.
  DpkResult<DpkDataset> readCsv( const QString &path ) const;

  //! Reads a CSV export held in \a bytes; \a source names it in messages and the report.
  DpkResult<DpkDataset> readCsvData( const QByteArray &bytes, const QString &source ) const;

  //! Reads the XLSX export at \a path through GDAL, from its first sheet that has a header row.
  DpkResult<DpkDataset> readXlsx( const QString &path ) const;

  //! Reads the rows of \a table, one CSV file or sheet; \a source names it in messages.
  DpkResult<DpkDataset> readTable( const DpkExportTable &table, const QString &source ) const;

private:
  //! Where the school fields and indicators are in the header row.
  struct Layout
  {
    int headerLine = 0;
    int cellCount = 0;
    QHash<int, int> fieldColumns;                //!< Field (as int) to column index.
    QList<QPair<int, QString>> indicatorColumns; //!< Column index and indicator id.
    QStringList headers;                         //!< The header cells as written.

    //! Returns the header text of the column holding \a field, as the file writes it.
    QString header( DpkExportColumnMatcher::Field field ) const
    {
      return headers.value( fieldColumns.value( int( field ), -1 ) );
    }
  };

  //! Returns the index of the first row with a school code column, or -1.
  int findHeaderRow( const DpkExportTable &table, const DpkExportColumnMatcher &matcher ) const;
  //! Gives each header cell its meaning; unknown columns become \a warnings.
  DpkResult<Layout> mapColumns( const DpkExportRow &header, const DpkExportColumnMatcher &matcher,
                                const QString &source, QStringList &warnings ) const;
  //! Reads school rows from \a firstIndex until a blank row; returns where it stopped.
  int readRows( const DpkExportTable &table, int firstIndex, const Layout &layout,
                DpkDataset &dataset ) const;
  //! Finds the school year in the preamble above the header row.
  DpkResult<DpkPeriod> findPeriod( const DpkExportTable &table, int headerIndex,
                                   const QString &source ) const;
  //! Reads one data row, or says why it cannot be read.
  DpkResult<DpkSchool> readSchool( const DpkExportRow &row, const Layout &layout,
                                   const DpkPeriod &period ) const;
  //! Reads one figure of \a indicator, refusing values outside its valid range.
  DpkResult<DpkValue> readValue( const QString &cell, const QString &header,
                                 const DpkIndicator &indicator ) const;
  //! Counts the footnote lines from \a firstIndex and warns of school rows among them.
  void readFootnotes( const DpkExportTable &table, int firstIndex, const Layout &layout,
                      DpkReadReport &report ) const;

  QList<DpkIndicator> mIndicators;
  QHash<QString, int> mIndicatorIndex; //!< Indicator id to its position in mIndicators.
};

#endif // DPKEXPORTREADER_H
