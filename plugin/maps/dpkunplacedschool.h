#ifndef DPKUNPLACEDSCHOOL_H
#define DPKUNPLACEDSCHOOL_H

#include <QString>

/**
 * \brief A school that could not be put on the map, and why.
 *
 * Kept apart from the layer tables so that placing schools does not depend on how their table
 * is written.
 */
struct DpkUnplacedSchool
{
  QString code;
  QString name;
  QString reason;
};

#endif // DPKUNPLACEDSCHOOL_H
