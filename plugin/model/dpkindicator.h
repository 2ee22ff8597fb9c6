#ifndef DPKINDICATOR_H
#define DPKINDICATOR_H

#include <QList>
#include <QString>
#include <QStringList>

/**
 * \brief One standard indicator of the catalogue: what it means, where it is read, how it is
 * shown and which privacy rule protects it.
 *
 * Indicators are described by data (resources/indicators/), not code, so that an administration
 * can add its own or change a style without a new release.
 */
struct DpkIndicator
{
  //! Which values are better, which decides the colour ramp's direction.
  enum class Direction
  {
    HigherIsBetter,
    LowerIsBetter,
    Diverging, //!< Deviations around 0, such as SALSA residuals.
    Context,   //!< Neither better nor worse: staffing or size.
  };

  //! How class breaks are found when the catalogue does not fix them.
  enum class ClassificationMethod
  {
    FixedBreaks,
    Quantile,
    EqualInterval,
    Jenks,
  };

  QString id;            //!< Stable id, e.g. "meritvarde"; used in files, fields and settings.
  QString nameSv;        //!< Swedish name.
  QString nameEn;        //!< English name.
  QString descriptionSv; //!< Swedish definition.
  QString descriptionEn; //!< English definition.
  QString unit;          //!< "points", "percent", "percentage_points", "pupils", ...
  int decimals = 1;      //!< Decimals shown in labels and tables.
  double minimum = 0.0;  //!< Lowest valid value; values outside the range are reported.
  double maximum = 0.0;  //!< Highest valid value.
  Direction direction = Direction::HigherIsBetter;

  QStringList exportColumns; //!< Header texts of this indicator in Skolverket's exports.
  QString apiResource; //!< API resource holding apiField, e.g. "/statistics/all-schools/salsa".
  QString apiField;    //!< Field of the apiResource response, or empty when the API lacks it.
  bool apiFieldProvisional = false; //!< True while apiField is unconfirmed by a real response.

  QString weightIndicator; //!< Id of the indicator whose count weights this one, or empty.
  int minimumGroup = 10;   //!< Fewest pupils a shown figure may rest on.

  ClassificationMethod classification = ClassificationMethod::Quantile;
  QList<double> breaks; //!< Upper bounds of the classes, for FixedBreaks.
  int classCount = 5;   //!< Number of classes for the other methods.
  QString colorRamp;    //!< Name of a QGIS colour ramp.
  QString labelFormat;  //!< Label text with %1 for the value, e.g. "%1 %".

  //! In an organisation's catalogue: true to replace the built-in indicator with the same id.
  bool replaces = false;

  //! Returns the name in \a language ("sv" or "en"); Swedish for other languages' lack.
  QString name( const QString &language ) const
  {
    return language.startsWith( QLatin1String( "en" ) ) ? nameEn : nameSv;
  }

  //! Returns the description in \a language ("sv" or "en"); Swedish for other languages.
  QString description( const QString &language ) const
  {
    return language.startsWith( QLatin1String( "en" ) ) ? descriptionEn : descriptionSv;
  }

  //! Returns true when \a value lies in the indicator's valid range.
  bool isInRange( double value ) const { return value >= minimum && value <= maximum; }
};

#endif // DPKINDICATOR_H
