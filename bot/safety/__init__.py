"""Safety screening of participants' messages (suicide, self-harm, violence, abuse)."""

from bot.safety.detector import SafetyDetector, Screening
from bot.safety.levels import RiskLevel

__all__ = ["RiskLevel", "SafetyDetector", "Screening"]
