#include "models/ModelRoles.h"
