#ifndef DPKEXPORTCOLUMNMATCHER_H
#define DPKEXPORTCOLUMNMATCHER_H

#include "dpkindicator.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/**
 * \brief Says which school field or indicator a column of a statistics export holds, from its
 * header text.
 *
 * Skolverket rewords headers a little between years and tables ("Skol-enhetskod" or
 * "Skolenhetskod", "Andel (%) elever ..." or "Andel elever ..."). Headers are compared after
 * normalising case, white space, punctuation, hyphens, soft hyphens, Unicode composition and a
 * "(%)" unit, and must then be equal: two headers that differ in a word or a number are different
 * columns, so one indicator is never read as another.
 */
class DpkExportColumnMatcher
{
  Q_DECLARE_TR_FUNCTIONS( DpkExportColumnMatcher )

public:
  //! What a column holds.
  enum class Field
  {
    SchoolName,       //!< Skola.
    SchoolCode,       //!< Skol-enhetskod.
    MunicipalityName, //!< Skolkommun.
    MunicipalityCode, //!< Kommun-kod.
    OrganiserType,    //!< Typ av huvudman.
    Organiser,        //!< Huvudman.
    OrganiserNumber,  //!< Huvudman orgnr: recognised but never read, as it can be a personal
                      //!< identity number for a sole trader.
    Indicator,        //!< A figure of an indicator of the catalogue.
  };

  //! The meaning of one column.
  struct Match
  {
    Field field = Field::Indicator;
    QString indicatorId; //!< The indicator's id, for Field::Indicator.
  };

  /**
   * Creates a matcher for the school fields and the export columns of \a indicators. Fails when
   * two indicators, or an indicator and a school field, claim the same header, since the file's
   * column could then not be given one meaning.
   */
  static DpkResult<DpkExportColumnMatcher> create( const QList<DpkIndicator> &indicators );

  //! Returns what the column headed \a header holds, or nothing for an unknown column.
  std::optional<Match> match( const QString &header ) const;

  //! Returns \a header in the normalised form in which headers are compared.
  static QString normalised( const QString &header );

  //! Returns the header that Skolverket uses for \a field, for messages.
  static QString standardHeader( Field field );

private:
  DpkExportColumnMatcher() = default;

  QHash<QString, Match> mMatches; //!< Normalised header to its meaning.
};

#endif // DPKEXPORTCOLUMNMATCHER_H
